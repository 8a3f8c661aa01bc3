namespace Loyalty.Contracts.Privacy;

/// <summary>
/// A member's personal data must be erased everywhere: every service removes or anonymises what names her (name,
/// phone, birth date, tags, free text, contact copies, message bodies) and keeps what the books need under MemberId,
/// a random id that names nobody once the rest is gone; it then publishes <see cref="MemberErased"/>. Later events
/// about her (a refund, a redelivery) must not bring her data back.
/// </summary>
public sealed record MemberErasureRequested(
    Guid RequestId,
    Guid MemberId,
    ErasureGround Ground,
    DateTimeOffset ConfirmedAt) : IntegrationEvent;
