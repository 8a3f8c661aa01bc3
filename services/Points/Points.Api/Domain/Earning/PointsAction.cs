namespace Loyalty.Points.Api.Domain.Earning;

/// <summary>Member actions that earn a flat bonus (amounts in <see cref="EarningPolicy"/>).</summary>
public enum PointsAction
{
    Review,
    SocialShare,
    Survey,
}
