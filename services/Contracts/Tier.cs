namespace Loyalty.Contracts;

/// <summary>Membership tiers, lowest first (普通会员, 银卡, 金卡, 钻石).</summary>
public enum Tier
{
    Standard,
    Silver,
    Gold,
    Diamond,
}
