using Loyalty.Members.Api.Domain.Members;

namespace Loyalty.UnitTests;

public class ReferralCodeTests
{
    [Fact]
    public void New_codes_are_well_formed_and_do_not_repeat_in_practice()
    {
        var codes = Enumerable.Range(0, 10_000).Select(_ => ReferralCode.New()).ToList();

        Assert.All(codes, code => Assert.True(ReferralCode.IsWellFormed(code), code));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(codes, code => code.IndexOfAny(['0', 'O', '1', 'I', 'L']) >= 0);
    }
}
