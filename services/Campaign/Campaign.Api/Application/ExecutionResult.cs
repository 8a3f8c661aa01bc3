using Loyalty.Campaign.Api.Domain.Campaigns;

namespace Loyalty.Campaign.Api.Application;

/// <summary>
/// What a campaign run did: members per outcome; AlreadyDone counts members this run key had reached before.
/// </summary>
/// <param name="Treated">Members who got the campaign's actions.</param>
/// <param name="Holdout">Members held out as the control group.</param>
/// <param name="FrequencyCapped">Members skipped by the cross-campaign frequency window.</param>
/// <param name="BudgetExhausted">Members skipped because their segment's budget share was spent.</param>
/// <param name="LimitReached">Members skipped because they hold the most coupons of the template allowed.</param>
/// <param name="AlreadyDone">Members this run key had reached before.</param>
public sealed record ExecutionResult(
    int Treated, int Holdout, int FrequencyCapped, int BudgetExhausted, int LimitReached, int AlreadyDone)
{
    public static ExecutionResult None { get; } = new(0, 0, 0, 0, 0, 0);

    public static ExecutionResult operator +(ExecutionResult a, ExecutionResult b) => new(
        a.Treated + b.Treated, a.Holdout + b.Holdout, a.FrequencyCapped + b.FrequencyCapped,
        a.BudgetExhausted + b.BudgetExhausted, a.LimitReached + b.LimitReached, a.AlreadyDone + b.AlreadyDone);
}
