using Loyalty.BuildingBlocks.Scheduling;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>Wakes the outbox dispatcher as soon as new outbox rows are committed.</summary>
public sealed class OutboxSignal : WakeSignal;
