namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// One customer's calibration summary, in one time unit throughout (see <see cref="Summaries.TimeUnit"/>): Frequency
/// is the number of repeat purchases (purchase days after the first), Recency the time from the first to the last
/// purchase, T the time from the first purchase to the end of calibration, MonetaryValue the mean value of the
/// repeat purchases (null when unknown; 0 when there were none).
/// </summary>
public sealed record CustomerSummary(string Id, int Frequency, double Recency, double T, double? MonetaryValue = null);
