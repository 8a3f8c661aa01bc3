using Loyalty.Segmentation.Engine.Models;
using Loyalty.Segmentation.Engine.Rfm;
using Loyalty.Segmentation.Engine.Summaries;

namespace Loyalty.UnitTests.Segmentation;

/// <summary>The columnar, once-per-distinct-value paths give what the per-customer ones give.</summary>
public class ColumnarEngineTests
{
    private static readonly BgNbdParameters Purchases = new(0.243, 4.414, 0.793, 2.426);
    private static readonly GammaGammaParameters Spend = new(6.25, 3.74, 15.44);

    [Fact]
    public void Batch_predictions_equal_the_per_customer_ones()
    {
        var customers = Cdnow.SummaryWithSpend();
        var columns = SummaryColumns.From(customers);
        var (alive, expected, clv) = (new double[columns.Count], new double[columns.Count], new double[columns.Count]);

        BgNbdModel.Predict(Purchases, columns, 39, alive, expected);
        CustomerLifetimeValue.Of(Purchases, Spend, columns, 52, TimeUnit.Weeks, 0.01, clv);

        Assert.True(columns.DistinctTriples < customers.Count);
        for (var i = 0; i < customers.Count; i++)
        {
            var c = customers[i];
            Assert.Equal(BgNbdModel.ProbabilityAlive(Purchases, c.Frequency, c.Recency, c.T), alive[i], 1e-12);
            Assert.Equal(BgNbdModel.ExpectedPurchases(Purchases, c.Frequency, c.Recency, c.T, 39), expected[i], 1e-12);
            Assert.Equal(CustomerLifetimeValue.Of(Purchases, Spend, c, 52, TimeUnit.Weeks, 0.01), clv[i], 1e-9);
        }
    }

    [Fact]
    public void The_total_log_likelihood_over_distinct_triples_equals_the_sum_over_customers()
    {
        var customers = Cdnow.Summary();
        var sum = customers.Sum(c => BgNbdModel.LogLikelihood(Purchases, c.Frequency, c.Recency, c.T));

        Assert.Equal(sum, BgNbdModel.TotalLogLikelihood(Purchases, SummaryColumns.From(customers)), 1e-8);
    }

    [Fact]
    public void Columnar_summaries_equal_the_per_customer_ones_in_any_transaction_order()
    {
        using var reader = new StreamReader(Cdnow.PathOf("CDNOW_sample.txt"));
        var transactions = TransactionReader.Read(reader).ToList();
        var end = new DateOnly(1997, 9, 30);
        var expected = SummaryBuilder.Build(transactions, end, TimeUnit.Weeks).ToDictionary(s => s.Id);
        var ids = transactions.Select(t => t.CustomerId).Distinct().ToList();
        var index = ids.Select((id, i) => (id, i)).ToDictionary(p => p.id, p => p.i);

        foreach (var order in new[] { transactions,
            [.. transactions.OrderBy(t => t.Amount).ThenBy(t => t.CustomerId)] })
        {
            var columns = SummaryBuilder.BuildColumns(
                [.. order.Select(t => index[t.CustomerId])], [.. order.Select(t => t.Date.DayNumber)],
                [.. order.Select(t => t.Amount)], ids.Count, end, TimeUnit.Weeks, out var customerOfRow);

            Assert.Equal(expected.Count, columns.Count);
            for (var row = 0; row < columns.Count; row++)
            {
                var s = expected[ids[customerOfRow[row]]];
                Assert.Equal((s.Frequency, s.Recency, s.T),
                    (columns.Frequency[row], columns.Recency[row], columns.T[row]));
                Assert.Equal(s.MonetaryValue!.Value, columns.MonetaryValue![row], 1e-9);
            }
        }
    }

    [Fact]
    public void Columnar_RFM_equals_the_per_member_scoring()
    {
        var today = new DateOnly(2026, 11, 23);
        var random = new Random(7);
        var members = Enumerable.Range(0, 5_000)
            .Select(i => new MemberActivity($"m{i}", 1 + random.Next(0, 12), today.AddDays(-random.Next(0, 400)),
                Math.Round((decimal)(random.NextDouble() * 20_000), 2)))
            // ties
            .Concat(Enumerable.Range(0, 500).Select(i => new MemberActivity($"t{i}", 2, today.AddDays(-45), 1_000m)))
            .ToList();

        var expected = RfmRules.Score(members, today);
        var actual = RfmColumns.Score([.. members.Select(m => m.Purchases)], [.. members.Select(m => m.LastPurchase)],
            [.. members.Select(m => m.Spend)], today);

        for (var i = 0; i < members.Count; i++)
        {
            var e = expected[i];
            Assert.Equal(
                (e.RecencyDays, e.R, e.F, e.M, e.Group, e.Layer, e.IsVip, e.IsPotentialChurn),
                (actual.RecencyDays[i], (int)actual.R[i], (int)actual.F[i], (int)actual.M[i], actual.Group[i],
                    actual.Layer[i], actual.IsVip[i], actual.IsPotentialChurn[i]));
        }
    }
}
