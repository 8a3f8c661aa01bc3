namespace Loyalty.Launcher;

/// <summary>
/// The stack as the AppHost (AppHost/AppHost.cs) declares it: the same resource and connection names, so the same
/// binaries run under both launchers. A unit test keeps the two in step.
/// </summary>
public static class StackTopology
{
    public const string EventBus = "eventbus";
    public const string Cache = "cache";
    public const string PostgresServer = "postgres";

    public static IReadOnlyList<ServiceDefinition> Services { get; } =
    [
        new("members", "services/Members/Members.Api", "Members.Api", 1, "membersdb"),
        new("points", "services/Points/Points.Api", "Points.Api", 2, "pointsdb"),
        new("segmentation", "services/Segmentation/Segmentation.Api", "Segmentation.Api", 3, "segmentationdb"),
        new("campaign", "services/Campaign/Campaign.Api", "Campaign.Api", 4, "campaigndb"),
        new("notification", "services/Notification/Notification.Api", "Notification.Api", 5, "notificationdb"),
    ];

    public static ServiceDefinition Gateway { get; } = new("gateway", "gateway/Gateway", "Gateway", 0, null);

    /// <summary>Services first: the gateway needs their addresses, not their readiness.</summary>
    public static IEnumerable<ServiceDefinition> All => Services.Append(Gateway);
}
