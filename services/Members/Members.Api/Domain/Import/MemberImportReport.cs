namespace Loyalty.Members.Api.Domain.Import;

/// <summary>
/// The outcome of an import: every data row is counted once, as created, already a member (same phone: running a
/// file twice creates nobody twice) or failed, with the reasons per failed row.
/// </summary>
/// <param name="Rows">Data rows in the file.</param>
/// <param name="Created">Members created.</param>
/// <param name="AlreadyMembers">Rows whose phone was already registered (nothing changed).</param>
/// <param name="Failed">Rows not imported.</param>
/// <param name="Errors">Why each failed row failed.</param>
public sealed record MemberImportReport(
    int Rows, int Created, int AlreadyMembers, int Failed, IReadOnlyList<ImportRowError> Errors);
