using Loyalty.Points.Api.Domain.Purchases;

namespace Loyalty.UnitTests;

public class RefundArithmeticTests
{
    private static Purchase Purchase(decimal amount, long earned)
    {
        var (valid, _) = PurchaseRules.Validate(
            new PurchaseRecording(
                "POS-1", Guid.NewGuid(), "SH-01", amount, [new PurchaseLine("A", "laser", 1, amount)],
                DateTimeOffset.UnixEpoch),
            DateTimeOffset.UnixEpoch);
        return Loyalty.Points.Api.Domain.Purchases.Purchase.Record(valid!, earned, DateTimeOffset.UnixEpoch);
    }

    [Fact]
    public void A_partial_refund_reverses_the_refunded_share_rounded_down()
    {
        var purchase = Purchase(1000m, 1500);

        Assert.Equal(375, purchase.PointsDueFor(250m));
        Assert.Equal(1, purchase.PointsDueFor(1m)); // 1.5 → 1
    }

    [Fact]
    public void The_refund_that_completes_the_purchase_reverses_exactly_what_is_left()
    {
        var purchase = Purchase(100m, 100);
        for (var i = 0; i < 3; i++)
        {
            var due = purchase.PointsDueFor(33.33m); // 33 each time
            purchase.ApplyRefund(33.33m, due);
        }

        Assert.Equal(0.01m, purchase.Refundable);
        Assert.Equal(1, purchase.PointsDueFor(0.01m)); // 100 − 99: rounding never loses or invents points
    }

    [Fact]
    public void More_than_is_left_cannot_be_refunded()
    {
        var purchase = Purchase(100m, 100);
        purchase.ApplyRefund(60m, 60);

        Assert.Throws<ArgumentOutOfRangeException>(() => purchase.PointsDueFor(40.01m));
    }
}
