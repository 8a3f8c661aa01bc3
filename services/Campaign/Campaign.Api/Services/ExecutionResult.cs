namespace Loyalty.Campaign.Api.Services;

/// <summary>What a campaign run did: members per outcome; AlreadyDone counts members this run key had reached before.</summary>
public sealed record ExecutionResult(int Treated, int Holdout, int FrequencyCapped, int BudgetExhausted, int LimitReached, int AlreadyDone)
{
    public static ExecutionResult None { get; } = new(0, 0, 0, 0, 0, 0);

    public static ExecutionResult operator +(ExecutionResult a, ExecutionResult b) => new(
        a.Treated + b.Treated, a.Holdout + b.Holdout, a.FrequencyCapped + b.FrequencyCapped,
        a.BudgetExhausted + b.BudgetExhausted, a.LimitReached + b.LimitReached, a.AlreadyDone + b.AlreadyDone);
}
