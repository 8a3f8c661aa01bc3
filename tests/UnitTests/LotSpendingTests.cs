using Loyalty.Points.Api.Domain.Accounts;
using Loyalty.Points.Api.Domain.Earning;

namespace Loyalty.UnitTests;

public class LotSpendingTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 0, 0, 0, TimeSpan.Zero);

    private static PointsLot Lot(long points, int expiresInDays)
    {
        var entry = LedgerEntry.Earned(
            Guid.Empty,
            new EarnedPoints("purchase-base", points),
            "purchase:x",
            points,
            Now.AddDays(-1),
            Now.AddDays(expiresInDays));
        return PointsLot.Open(entry);
    }

    [Fact]
    public void Spending_takes_from_the_lots_that_expire_first()
    {
        var late = Lot(100, 300);
        var soon = Lot(50, 10);
        var middle = Lot(80, 100);

        var plan = LotSpending.Plan([late, soon, middle], 100, Now)!;

        Assert.Equal([(soon, 50L), (middle, 50L)], plan.Select(p => (p.Lot, p.Points)).ToArray());
    }

    [Fact]
    public void Expired_and_empty_lots_are_not_spendable()
    {
        var expired = Lot(500, -1);
        var open = Lot(40, 30);

        Assert.Null(LotSpending.Plan([expired, open], 50, Now));
        Assert.Equal(40, Assert.Single(LotSpending.Plan([expired, open], 40, Now)!).Points);
    }

    [Fact]
    public void A_lot_never_gives_more_than_it_has()
    {
        var lot = Lot(10, 30);
        lot.Take(10);

        Assert.Equal(0, lot.Remaining);
        Assert.Throws<ArgumentOutOfRangeException>(() => lot.Take(1));
    }

    [Fact]
    public void The_balance_never_goes_negative()
    {
        var account = PointsAccount.Open(Guid.NewGuid(), Loyalty.Contracts.Tier.Standard, null, Now);
        account.Earn(100);

        Assert.Equal(0, account.Spend(100));
        Assert.Throws<ArgumentOutOfRangeException>(() => account.Spend(1));
    }
}
