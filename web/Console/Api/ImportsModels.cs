namespace Loyalty.Console.Api;

/// <summary>A line of the file that was not imported: its number in the file, the field and why.</summary>
public sealed record ImportRowError(int Line, string Field, string Message);

/// <summary>POST /api/members/imports (synchronous): the whole import's outcome.</summary>
public sealed record MemberImportReport(
    int Rows, int Created, int AlreadyMembers, int Failed, IReadOnlyList<ImportRowError> Errors);

/// <summary>
/// POST /api/members/imports/jobs, GET .../jobs/{id} (branch apis-pm): a background import and its progress
/// (Processed of TotalLines); Status is Queued, Running, Finished or Failed (the file refused: see Problems).
/// </summary>
public sealed record MemberImportJob(
    Guid Id,
    string Status,
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
    public bool Done => Status is "Finished" or "Failed";
}
