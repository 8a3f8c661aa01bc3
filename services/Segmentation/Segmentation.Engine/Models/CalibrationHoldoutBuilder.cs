namespace Loyalty.Segmentation.Engine.Models;

public static class CalibrationHoldoutBuilder
{
    /// <inheritdoc cref="CalibrationHoldout"/>
    public static CalibrationHoldout Build(
        IEnumerable<Summaries.Transaction> transactions,
        DateOnly calibrationEnd,
        DateOnly observationEnd,
        Summaries.TimeUnit unit) =>
        throw new NotImplementedException();
}
