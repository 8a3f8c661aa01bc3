namespace Loyalty.Segmentation.Engine.Models;

/// <summary>
/// One row per calibration frequency 0..6 and a last row 7 meaning "7 or more" (OrMore = true): customers, mean actual
/// and mean predicted held-out purchases per customer.
/// </summary>
public sealed record FrequencyGroupComparison(
    int Frequency, bool OrMore, int Customers, double Actual, double Predicted);
