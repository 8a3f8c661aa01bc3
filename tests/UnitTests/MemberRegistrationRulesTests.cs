using Loyalty.Contracts;
using Loyalty.Members.Api.Domain.Members;

namespace Loyalty.UnitTests;

public class MemberRegistrationRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 22);

    private static MemberRegistration Valid() =>
        new("+86 138 1234 5678", " 王丽 ", Gender.Female, new DateOnly(1990, 5, 20), "sh-jingan-01", null);

    [Fact]
    public void A_complete_registration_is_normalised()
    {
        var (registration, errors) = MemberRegistrationRules.Validate(Valid(), Today);

        Assert.Empty(errors);
        Assert.NotNull(registration);
        Assert.Equal("13812345678", registration.Phone.Value);
        Assert.Equal("王丽", registration.Profile.Name);
        Assert.Equal("SH-JINGAN-01", registration.Profile.HomeStoreId);
        Assert.Null(registration.ReferralCode);
    }

    [Fact]
    public void An_empty_registration_names_every_missing_field()
    {
        var (registration, errors) =
            MemberRegistrationRules.Validate(new MemberRegistration(null, null, null, null, null, null), Today);

        Assert.Null(registration);
        Assert.Equal(["birthDate", "gender", "homeStoreId", "name", "phone"], errors.Keys.Order().ToArray());
    }

    [Theory]
    [InlineData(2026, 11, 23, "future")]
    [InlineData(1906, 11, 21, "120 years")]
    public void Birth_dates_must_be_plausible(int year, int month, int day, string expectedInMessage)
    {
        var (_, errors) =
            MemberRegistrationRules.Validate(Valid() with { BirthDate = new DateOnly(year, month, day) }, Today);

        Assert.Contains(expectedInMessage, Assert.Single(errors["birthDate"]));
    }

    [Fact]
    public void Born_today_is_allowed() =>
        Assert.Empty(MemberRegistrationRules.Validate(Valid() with { BirthDate = Today }, Today).Errors);

    [Theory]
    [InlineData("S")]
    [InlineData("store with spaces")]
    [InlineData("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456")] // 33 characters
    public void Store_ids_are_short_codes(string store) =>
        Assert.True(MemberRegistrationRules.Validate(Valid() with { HomeStoreId = store }, Today)
            .Errors.ContainsKey("homeStoreId"));

    [Fact]
    public void Undefined_gender_values_are_rejected() =>
        Assert.True(
            MemberRegistrationRules.Validate(Valid() with { Gender = (Gender)42 }, Today).Errors.ContainsKey("gender"));

    [Fact]
    public void Names_longer_than_the_column_are_rejected() =>
        Assert.True(MemberRegistrationRules.Validate(Valid() with { Name = new string('名', 65) }, Today)
            .Errors.ContainsKey("name"));

    [Theory]
    [InlineData("hkt4u6aw", "HKT4U6AW", true)]
    [InlineData("HKT4U6A", null, false)] // too short
    [InlineData("HKT4U6A0", null, false)] // 0 is not in the alphabet
    public void Referral_codes_are_normalised_or_rejected(string code, string? expected, bool valid)
    {
        var (registration, errors) = MemberRegistrationRules.Validate(Valid() with { ReferralCode = code }, Today);

        Assert.Equal(valid, !errors.ContainsKey("referralCode"));
        Assert.Equal(expected, registration?.ReferralCode);
    }
}
