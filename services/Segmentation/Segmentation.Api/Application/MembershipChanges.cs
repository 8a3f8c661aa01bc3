namespace Loyalty.Segmentation.Api.Application;

/// <summary>Which memberships to add and remove so that the current ones become the desired ones.</summary>
public static class MembershipChanges
{
    public static (List<T> Entered, List<T> Left) Diff<T>(IReadOnlySet<T> current, IReadOnlySet<T> desired) =>
        (desired.Where(d => !current.Contains(d)).ToList(), current.Where(c => !desired.Contains(c)).ToList());
}
