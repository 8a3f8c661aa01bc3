using System.Runtime.CompilerServices;
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
    public static List<CustomerSummary> Build(
        IEnumerable<Transaction> transactions,
        DateOnly calibrationEnd,
        TimeUnit unit)
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

    /// <summary>
    /// <see cref="Build"/> for a large base held as columns: transaction k is customer[k] (an index 0 … customers−1
    /// the caller assigns) buying amount[k] on dayNumber[k] (<see cref="DateOnly.DayNumber"/>). Row i of the result is
    /// customer <paramref name="customerOfRow"/>[i]; customers come out in index order, those without a transaction by
    /// the calibration end are left out. Linear time: transactions already ordered by customer and day (as a log
    /// usually is per customer) are summarised in one pass, others are first bucketed by customer.
    /// </summary>
    // called a few times on large arrays: optimised from the first call, not after tiering
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static SummaryColumns BuildColumns(
        ReadOnlySpan<int> customer,
        ReadOnlySpan<int> dayNumber,
        ReadOnlySpan<decimal> amount,
        int customers,
        DateOnly calibrationEnd,
        TimeUnit unit,
        out int[] customerOfRow)
    {
        if (dayNumber.Length != customer.Length || amount.Length != customer.Length)
        {
            throw new ArgumentException("The transaction columns must have the same length.");
        }

        var end = calibrationEnd.DayNumber;
        var (rows, ordered, previousCustomer, previousDay) = (0, true, -1, int.MinValue);
        var seen = new bool[customers];
        for (var k = 0; k < customer.Length; k++)
        {
            if (dayNumber[k] > end)
            {
                continue;
            }

            var c = customer[k];
            ArgumentOutOfRangeException.ThrowIfNegative(c);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(c, customers);
            if (!seen[c])
            {
                (seen[c], rows) = (true, rows + 1);
            }

            ordered &= c > previousCustomer || (c == previousCustomer && dayNumber[k] >= previousDay);
            (previousCustomer, previousDay) = (c, dayNumber[k]);
        }

        if (!ordered)
        {
            var (sortedCustomer, sortedDay, sortedAmount) =
                ByCustomerAndDay(customer, dayNumber, amount, customers, end);
            return BuildColumns(
                sortedCustomer, sortedDay, sortedAmount, customers, calibrationEnd, unit, out customerOfRow);
        }

        customerOfRow = new int[rows];
        var (frequency, recency, t, monetary) = (new int[rows], new double[rows], new double[rows], new double[rows]);
        var perUnit = unit.DaysPer();
        var row = 0;
        for (var k = 0; k < customer.Length;)
        {
            if (dayNumber[k] > end)
            {
                k++;
                continue;
            }

            // One customer's run: purchase days (same-day amounts add up), the first day's total left out of the mean.
            var (c, first, last) = (customer[k], dayNumber[k], dayNumber[k]);
            var (days, repeatTotal) = (1, 0m);
            for (k++; k < customer.Length && (customer[k] == c || dayNumber[k] > end); k++)
            {
                if (dayNumber[k] > end)
                {
                    continue;
                }

                if (dayNumber[k] != last)
                {
                    (days, last) = (days + 1, dayNumber[k]);
                }

                if (dayNumber[k] != first)
                {
                    repeatTotal += amount[k];
                }
            }

            customerOfRow[row] = c;
            frequency[row] = days - 1;
            recency[row] = (last - first) / perUnit;
            t[row] = (end - first) / perUnit;
            monetary[row] = days == 1 ? 0 : (double)(repeatTotal / (days - 1));
            row++;
        }

        return new SummaryColumns(frequency, recency, t, monetary);
    }

    /// <summary>
    /// The calibration transactions bucketed by customer (counting sort), each customer's sorted by day.
    /// </summary>
    private static (int[] Customer, int[] Day, decimal[] Amount) ByCustomerAndDay(
        ReadOnlySpan<int> customer, ReadOnlySpan<int> dayNumber, ReadOnlySpan<decimal> amount, int customers, int end)
    {
        var start = new int[customers + 1];
        for (var k = 0; k < customer.Length; k++)
        {
            if (dayNumber[k] <= end)
            {
                start[customer[k] + 1]++;
            }
        }

        for (var c = 0; c < customers; c++)
        {
            start[c + 1] += start[c];
        }

        var total = start[customers];
        var (sortedCustomer, sortedDay, sortedAmount) = (new int[total], new int[total], new decimal[total]);
        var next = start[..customers];
        for (var k = 0; k < customer.Length; k++)
        {
            if (dayNumber[k] <= end)
            {
                var at = next[customer[k]]++;
                (sortedCustomer[at], sortedDay[at], sortedAmount[at]) = (customer[k], dayNumber[k], amount[k]);
            }
        }

        for (var c = 0; c < customers; c++)
        {
            if (start[c + 1] - start[c] > 1)
            {
                Array.Sort(sortedDay, sortedAmount, start[c], start[c + 1] - start[c]);
            }
        }

        return (sortedCustomer, sortedDay, sortedAmount);
    }
}
