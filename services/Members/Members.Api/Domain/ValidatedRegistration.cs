using Loyalty.Contracts;

namespace Loyalty.Members.Api.Domain;

/// <summary>A registration that passed <see cref="MemberRegistrationRules"/>.</summary>
public sealed record ValidatedRegistration(
    PhoneNumber Phone,
    string Name,
    Gender Gender,
    DateOnly BirthDate,
    string HomeStoreId,
    string? ReferralCode);
