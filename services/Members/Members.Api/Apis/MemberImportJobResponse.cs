using System.Linq.Expressions;
using Loyalty.Members.Api.Domain.Import;

namespace Loyalty.Members.Api.Apis;

/// <summary>An import job and its progress: Processed of TotalLines is the progress bar.</summary>
/// <param name="Id">The job's id.</param>
/// <param name="Status">Queued, Running, Finished or Failed (the whole file refused: see Problems).</param>
/// <param name="TotalLines">Data lines in the file (the header not counted).</param>
/// <param name="Processed">Lines processed so far: failed, created or already members.</param>
/// <param name="Created">Members created so far.</param>
/// <param name="AlreadyMembers">Lines whose phone was already a member's (nothing changed).</param>
/// <param name="Failed">Lines not imported, each with its errors.</param>
/// <param name="Errors">Why each failed line failed: line number, field, message.</param>
/// <param name="Problems">Why the whole file was refused, when Status is Failed.</param>
/// <param name="SubmittedAt">When the file was submitted (UTC).</param>
/// <param name="StartedAt">When the worker started on it (UTC).</param>
/// <param name="EndedAt">When it finished or failed (UTC).</param>
public sealed record MemberImportJobResponse(
    Guid Id,
    MemberImportStatus Status,
    int TotalLines,
    int Processed,
    int Created,
    int AlreadyMembers,
    int Failed,
    IReadOnlyList<ImportRowError> Errors,
    IReadOnlyList<string> Problems,
    DateTimeOffset SubmittedAt,
    DateTimeOffset? StartedAt,
    DateTimeOffset? EndedAt)
{
    /// <summary>The response as a query can select it: without the file, which a progress poll must not load.</summary>
    public static readonly Expression<Func<MemberImportJob, MemberImportJobResponse>> Select = job => new(
        job.Id, job.Status, job.TotalLines, job.Processed, job.Created, job.AlreadyMembers, job.Failed, job.Errors,
        job.Problems, job.SubmittedAt, job.StartedAt, job.EndedAt);

    private static readonly Func<MemberImportJob, MemberImportJobResponse> FromJob = Select.Compile();

    public static MemberImportJobResponse From(MemberImportJob job) => FromJob(job);
}
