namespace Loyalty.Campaign.Api.Domain.Campaigns;

/// <summary>What a campaign did for one member in one run.</summary>
public enum DeliveryOutcome
{
    /// <summary>The actions were carried out.</summary>
    Treated,

    /// <summary>In the control group: nothing given, recorded for uplift.</summary>
    Holdout,

    /// <summary>Another campaign action reached the member within the frequency window.</summary>
    FrequencyCapped,

    /// <summary>The member's budget share was spent.</summary>
    BudgetExhausted,

    /// <summary>The member already holds as many coupons of the template as allowed.</summary>
    LimitReached,
}
