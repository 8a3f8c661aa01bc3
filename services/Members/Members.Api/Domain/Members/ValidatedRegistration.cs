namespace Loyalty.Members.Api.Domain.Members;

/// <summary>A registration that passed <see cref="MemberRegistrationRules"/>.</summary>
public sealed record ValidatedRegistration(PhoneNumber Phone, MemberProfile Profile, string? ReferralCode);
