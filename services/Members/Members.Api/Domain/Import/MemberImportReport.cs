namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// The outcome of an import: every data row is counted once, as created, already a member (same phone: running a
/// file twice creates nobody twice) or failed, with the reasons per failed row.
/// </summary>
public sealed record MemberImportReport(int Rows, int Created, int AlreadyMembers, int Failed, IReadOnlyList<ImportRowError> Errors);
