using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Works one batch of the oldest import job that has not ended. The job's row is locked with SKIP LOCKED, so replicas
/// share the jobs and never work one batch twice; the batch's members, their MemberRegistered events and the job's
/// progress commit together, so a job stopped half-way (a restart) goes on from its last committed batch. The rows are
/// read and checked by the import's own rules (<see cref="MemberImportFile"/>) with the job's submission time as
/// "now", so every read of the file gives the same rows in the same order.
/// </summary>
public sealed class RunMemberImportJobs(
    MembersDbContext db,
    IAuditTrail audit,
    ImportFileCache files,
    TimeProvider timeProvider,
    ILogger<RunMemberImportJobs> logger)
{
    private readonly MemberImportWriter _writer = new(db, audit, logger);

    /// <summary>Valid rows written per batch (and per transaction).</summary>
    public const int BatchSize = ImportMembers.ChunkSize;

    /// <summary>Whether a batch was worked (there may be more).</summary>
    public Task<bool> HandleAsync(CancellationToken cancellationToken) => RunBatchAsync(attempt: 1, cancellationToken);

    private Task<bool> RunBatchAsync(int attempt, CancellationToken cancellationToken) => db.RunAsync(
        async ct =>
        {
            var job = await db.ImportJobs
                .Where(j => j.Status == MemberImportStatus.Queued || j.Status == MemberImportStatus.Running)
                .OrderBy(j => j.SubmittedAt).ForUpdateSkipLocked().FirstOrDefaultAsync(ct);
            if (job is null)
            {
                return false;
            }

            var now = timeProvider.GetUtcNow();
            var (file, problems) = files.Read(job);
            if (file is null)
            {
                job.Fail(problems, now);
                return true;
            }

            if (job.Status == MemberImportStatus.Queued)
            {
                job.Start(file, now);
            }

            var batch = file.Valid.Skip(job.ValidRowsDone).Take(BatchSize).ToArray();
            var created = await _writer.WriteNewMembersAsync(batch, now, ct);
            job.RecordBatch(batch.Length, created, file.Valid.Count, now);
            if (job.HasEnded)
            {
                _writer.RecordImported(job.Id, job.Report());
                files.Forget(job.Id);
            }

            return true;
        },
        MemberImportWriter.RetriesOn(attempt, ct => RunBatchAsync(attempt + 1, ct)),
        cancellationToken);
}

/// <summary>
/// The import file last read, kept between a job's batches so that a large file is read once per job and worker, not
/// once per batch. Reading is deterministic (<see cref="RunMemberImportJobs"/>), so a stale entry cannot mislead.
/// </summary>
public sealed class ImportFileCache
{
    private readonly Lock _lock = new();
    private (Guid JobId, MemberImportFile File)? _last;

    public (MemberImportFile? File, string[] Problems) Read(MemberImportJob job)
    {
        lock (_lock)
        {
            if (_last is { } last && last.JobId == job.Id)
            {
                return (last.File, []);
            }
        }

        var (file, problems) = MemberImportFile.Read(new StringReader(job.Csv), job.SubmittedAt);
        if (file is not null)
        {
            lock (_lock)
            {
                _last = (job.Id, file);
            }
        }

        return (file, problems);
    }

    public void Forget(Guid jobId)
    {
        lock (_lock)
        {
            if (_last?.JobId == jobId)
            {
                _last = null;
            }
        }
    }
}
