namespace Loyalty.Contracts.Privacy;

/// <summary>
/// One service's part of a member's data export: Part is a JSON object (camelCase, the shape docs/privacy.md gives
/// for Service). It is personal data: store it protected, never log it, and bind partners to it only on purpose.
/// </summary>
public sealed record MemberDataExportPartProduced(
    Guid RequestId,
    Guid MemberId,
    string Service,
    string Part,
    DateTimeOffset ProducedAt) : IntegrationEvent;
