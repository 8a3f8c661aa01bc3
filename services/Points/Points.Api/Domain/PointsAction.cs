namespace Loyalty.Points.Api.Domain;

/// <summary>Member actions that earn a flat bonus (amounts in <see cref="EarningPolicy"/>).</summary>
public enum PointsAction
{
    Review,
    SocialShare,
    Survey,
}
