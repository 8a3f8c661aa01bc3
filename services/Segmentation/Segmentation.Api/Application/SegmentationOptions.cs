using Loyalty.Segmentation.Engine.Models;
using Loyalty.ServiceDefaults.Input;

namespace Loyalty.Segmentation.Api.Application;

/// <summary>
/// "Segmentation" section: when the nightly recompute runs, and the models' refit schedule and horizons.
/// </summary>
public sealed class SegmentationOptions
{
    /// <summary>Local time of day of the nightly recompute, in <see cref="TimeZone"/>.</summary>
    public TimeOnly NightlyAt { get; set; } = new(2, 0);

    /// <summary>IANA id of the clinics' time zone the nightly time is read in.</summary>
    public string TimeZone { get; set; } = "Asia/Shanghai";

    /// <summary>How often the job looks whether the night's run is due (and not yet done by any replica).</summary>
    public TimeSpan CheckInterval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>The nightly run refits the models when the latest fit is older than this.</summary>
    public TimeSpan RefitEvery { get; set; } = TimeSpan.FromDays(7);

    /// <summary>Horizon of "expected purchases", in days (converted to the models' unit, weeks).</summary>
    public int PredictionHorizonDays { get; set; } = 90;

    /// <summary>Horizon of CLV, in months.</summary>
    public int ClvHorizonMonths { get; set; } = 12;

    public double MonthlyDiscountRate { get; set; } = 0.01;

    /// <summary>
    /// Members with a purchase dated before this day are left out of the models (see <see cref="ModelInputs"/>); by
    /// default the first day requests accept (<see cref="PlausibleDates"/>), for rows older than that rule.
    /// </summary>
    public DateOnly EarliestPurchaseOn { get; set; } =
        DateOnly.FromDateTime(PlausibleDates.EarliestInstant.UtcDateTime);

    /// <summary>"Segmentation:Models": when a fit is refused, and the held-out period it is checked on.</summary>
    public ModelOptions Models { get; set; } = new();
}

/// <summary>
/// When a fit is refused (the engine's <see cref="FitThresholds"/>, defaults justified in docs/segmentation.md) and
/// how many weeks before today the held-out period starts.
/// </summary>
public sealed class ModelOptions
{
    public int MinCustomers { get; set; } = FitThresholds.Default.MinCustomers;

    public int MinRepeatBuyers { get; set; } = FitThresholds.Default.MinRepeatBuyers;

    /// <summary>|ln θ| beyond this means the optimum ran to 0 or ∞.</summary>
    public double BoundaryLogLimit { get; set; } = FitThresholds.Default.BoundaryLogLimit;

    /// <summary>|predicted − actual| / actual of the held-out total beyond this refuses the model.</summary>
    public double MaxHeldOutRelativeError { get; set; } = FitThresholds.Default.MaxHeldOutRelativeError;

    /// <summary>The held-out period: the last N weeks before today, predicted from the history before them.</summary>
    public int HeldOutWeeks { get; set; } = 12;

    public FitThresholds Thresholds => new()
    {
        MinCustomers = MinCustomers,
        MinRepeatBuyers = MinRepeatBuyers,
        BoundaryLogLimit = BoundaryLogLimit,
        MaxHeldOutRelativeError = MaxHeldOutRelativeError,
    };
}
