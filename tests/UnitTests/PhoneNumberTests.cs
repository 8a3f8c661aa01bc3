using Loyalty.Members.Api.Domain.Members;

namespace Loyalty.UnitTests;

public class PhoneNumberTests
{
    [Theory]
    [InlineData("13812345678", "13812345678")]
    [InlineData("+86 138 1234 5678", "13812345678")]
    [InlineData("86-199-0000-1111", "19900001111")]
    [InlineData(" 15500001111 ", "15500001111")]
    public void Accepts_mainland_mobile_numbers_and_keeps_their_11_digits(string input, string expected)
    {
        Assert.True(PhoneNumber.TryParse(input, out var phone));
        Assert.Equal(expected, phone!.Value.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("12345")]
    [InlineData("12812345678")] // second digit must be 3-9
    [InlineData("1381234567")] // 10 digits
    [InlineData("138123456789")] // 12 digits
    [InlineData("1381234567a")]
    [InlineData("+1 138 1234 5678")]
    public void Rejects_anything_else(string? input) => Assert.False(PhoneNumber.TryParse(input, out _));

    [Fact]
    public void Masks_all_but_the_first_three_and_last_four_digits_everywhere_it_is_printed()
    {
        PhoneNumber.TryParse("13812345678", out var phone);
        Assert.Equal("138****5678", phone!.Value.Masked);
        Assert.Equal("138****5678", phone.Value.ToString());
        Assert.Equal("138****5678", $"{phone.Value}");
    }
}
