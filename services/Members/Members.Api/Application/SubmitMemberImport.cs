using Loyalty.BuildingBlocks.Auditing;
using Loyalty.BuildingBlocks.Persistence;
using Loyalty.Members.Api.Domain.Import;
using Loyalty.Members.Api.Infrastructure;
using Loyalty.Members.Api.Jobs;

namespace Loyalty.Members.Api.Application;

/// <summary>
/// Queues a member import for the background worker (<see cref="RunMemberImportJobs"/>). The file is read once here
/// so that a file that cannot be imported at all (bad header, too many rows) is refused at once, as the synchronous
/// import refuses it; its rows are checked and written by the job.
/// </summary>
public sealed class SubmitMemberImport(
    MembersDbContext db, IAuditTrail audit, MemberImportSignal signal, TimeProvider timeProvider)
{
    public abstract record Outcome
    {
        public sealed record Queued(MemberImportJob Job) : Outcome;

        /// <summary>Problems that stop the whole file; no job was queued.</summary>
        public sealed record FileRefused(string[] Problems) : Outcome;
    }

    public async Task<Outcome> HandleAsync(string csv, CancellationToken cancellationToken)
    {
        var now = timeProvider.GetUtcNow();
        var (file, problems) = MemberImportFile.Read(new StringReader(csv), now);
        if (file is null)
        {
            return new Outcome.FileRefused(problems);
        }

        var job = await db.RunAsync(_ =>
        {
            var job = MemberImportJob.Submit(csv, file.Rows, now);
            db.ImportJobs.Add(job);
            audit.Record(nameof(MemberImportJob), job.Id.ToString(), AuditActions.Created, null,
                new { job.TotalLines });
            return Task.FromResult(job);
        }, cancellationToken);
        signal.Notify();
        return new Outcome.Queued(job);
    }
}
