namespace Loyalty.Segmentation.Engine.Rfm;

/// <summary>
/// The classic RFM groups on the recency × frequency score grid (see <see cref="RfmRules.GroupOf"/>).
/// </summary>
public enum RfmGroup
{
    Champions,
    Loyal,
    PotentialLoyalist,
    NewCustomers,
    Promising,
    NeedAttention,
    AboutToSleep,
    AtRisk,
    CantLose,
    Hibernating,
    Lost,
}
