using Loyalty.BuildingBlocks.Scheduling;

namespace Loyalty.Notification.Api.Jobs;

/// <summary>Wakes the notification dispatcher when a new message is queued.</summary>
public sealed class DispatchSignal : WakeSignal;
