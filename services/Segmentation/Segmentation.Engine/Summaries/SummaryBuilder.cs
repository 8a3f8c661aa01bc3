using Loyalty.Segmentation.Engine.Models;

namespace Loyalty.Segmentation.Engine.Summaries;

/// <summary>
/// Builds calibration summaries from transactions, as the CDNOW summaries were built: purchases on the same day are
/// one purchase (their amounts add up); transactions after the calibration end are left out; frequency counts the
/// purchase days after the first; recency and T are whole days converted to the unit; the monetary value is the mean
/// of the repeat purchases (the first is excluded, as Gamma-Gamma expects), 0 without any. Customers come out in
/// the order they first appear.
/// </summary>
public static class SummaryBuilder
{
    public static List<CustomerSummary> Build(IEnumerable<Transaction> transactions, DateOnly calibrationEnd, TimeUnit unit)
    {
        var byCustomer = new Dictionary<string, SortedDictionary<DateOnly, decimal>>();
        var order = new List<string>();
        foreach (var transaction in transactions)
        {
            if (transaction.Date > calibrationEnd)
            {
                continue;
            }

            if (!byCustomer.TryGetValue(transaction.CustomerId, out var days))
            {
                byCustomer[transaction.CustomerId] = days = [];
                order.Add(transaction.CustomerId);
            }

            days[transaction.Date] = days.GetValueOrDefault(transaction.Date) + transaction.Amount;
        }

        var perUnit = unit.DaysPer();
        return order.Select(id =>
        {
            var days = byCustomer[id];
            var first = days.Keys.First();
            var last = days.Keys.Last();
            var repeats = days.Skip(1).Select(d => d.Value).ToList();
            var monetary = repeats.Count == 0 ? 0m : repeats.Sum() / repeats.Count;
            return new CustomerSummary(
                id,
                repeats.Count,
                (last.DayNumber - first.DayNumber) / perUnit,
                (calibrationEnd.DayNumber - first.DayNumber) / perUnit,
                (double)monetary);
        }).ToList();
    }
}
