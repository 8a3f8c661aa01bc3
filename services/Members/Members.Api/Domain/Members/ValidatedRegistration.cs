namespace Loyalty.Members.Api.Domain;

/// <summary>A registration that passed <see cref="MemberRegistrationRules"/>.</summary>
public sealed record ValidatedRegistration(PhoneNumber Phone, MemberProfile Profile, string? ReferralCode);
