namespace Loyalty.Members.Api.Domain;

/// <summary>Consent decisions to record, and where they were given (defaults: "app" for members, "front-desk" for staff).</summary>
public sealed record ConsentChangeRequest(IReadOnlyList<ConsentChoice?>? Consents, string? Source);
