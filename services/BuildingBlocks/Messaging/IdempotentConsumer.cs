using Loyalty.Contracts;
using Loyalty.ServiceDefaults;
using MassTransit;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Base of every consumer: handles an event at most once in effect. The inbox row and the handler's changes
/// (including any events it stages in the outbox) commit in one transaction; a redelivery finds the row and stops.
/// An impossible event (by <see cref="IntegrationEventValidation"/>, or <see cref="Impossible"/> thrown by the handler)
/// stores nothing and goes straight to the _error queue, without retries.
/// </summary>
public abstract partial class IdempotentConsumer<TEvent, TContext>(
    TContext dbContext,
    TimeProvider timeProvider,
    ILogger logger) : IConsumer<TEvent>
    where TEvent : IntegrationEvent
    where TContext : DbContext
{
    protected TContext DbContext { get; } = dbContext;

    protected TimeProvider TimeProvider { get; } = timeProvider;

    /// <summary>The consumer's name in the inbox; stable across deployments.</summary>
    protected virtual string ConsumerName => GetType().Name;

    public async Task Consume(ConsumeContext<TEvent> context)
    {
        var integrationEvent = context.Message;
        var cancellationToken = context.CancellationToken;
        using var scope = context.Headers.TryGetHeader(CorrelationIds.HeaderName, out var correlationId)
            ? logger.BeginScope(new Dictionary<string, object?> { ["CorrelationId"] = correlationId })
            : null;

        var problems = IntegrationEventValidation.Problems(integrationEvent, TimeProvider.GetUtcNow());
        if (problems.Count > 0)
        {
            throw Impossible(integrationEvent, [.. problems]);
        }

        await using var transaction = await DbContext.Database.BeginTransactionAsync(cancellationToken);
        // The inbox row is claimed first, in the same round trip that opens the transaction: a redelivery finds it
        // and stops, and a concurrent delivery of the same event waits on the key until this one commits or rolls back.
        var claimed = await DbContext.Database.ExecuteSqlAsync($"""
            INSERT INTO inbox_messages ("EventId", "Consumer", "EventType", "ProcessedAt")
            VALUES ({integrationEvent.EventId}, {ConsumerName}, {IntegrationEventTypes.NameOf(typeof(TEvent))},
                {TimeProvider.GetUtcNow()})
            ON CONFLICT DO NOTHING
            """, cancellationToken);
        if (claimed == 0)
        {
            LogDuplicate(logger, typeof(TEvent).Name, integrationEvent.EventId, ConsumerName);
            return; // disposing the transaction rolls it back
        }

        await HandleAsync(integrationEvent, cancellationToken);
        await DbContext.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>
    /// For the handler to throw when its own data shows the event cannot be true (e.g. a member the owner never had).
    /// Each problem names the field, never its value.
    /// </summary>
    protected ImpossibleEventException Impossible(TEvent integrationEvent, params string[] problems)
    {
        LogImpossible(logger, typeof(TEvent).Name, integrationEvent.EventId, ConsumerName, string.Join("; ", problems));
        return new ImpossibleEventException(typeof(TEvent).Name, integrationEvent.EventId, problems);
    }

    /// <summary>
    /// Applies the event. Stage changes on the DbContext (and events in the outbox); the base saves them with the inbox
    /// row.
    /// </summary>
    protected abstract Task HandleAsync(TEvent integrationEvent, CancellationToken cancellationToken);

    [LoggerMessage(
        Level = LogLevel.Information,
        Message = "{EventType} {EventId} already handled by {Consumer}; ignored")]
    private static partial void LogDuplicate(ILogger logger, string eventType, Guid eventId, string consumer);

    [LoggerMessage(
        Level = LogLevel.Warning,
        Message = "{EventType} {EventId} is impossible for {Consumer} ({Problems}); sent to the error queue")]
    private static partial void LogImpossible(
        ILogger logger,
        string eventType,
        Guid eventId,
        string consumer,
        string problems);
}
