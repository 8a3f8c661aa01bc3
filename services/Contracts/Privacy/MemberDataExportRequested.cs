namespace Loyalty.Contracts.Privacy;

/// <summary>
/// A member's personal data was asked for (by her, or by staff on her behalf): every service that holds data about her
/// answers with one <see cref="MemberDataExportPartProduced"/> for RequestId. Members assembles the archive.
/// </summary>
public sealed record MemberDataExportRequested(
    Guid RequestId,
    Guid MemberId,
    DateTimeOffset RequestedAt) : IntegrationEvent;
