using Loyalty.Contracts;
using Microsoft.EntityFrameworkCore;

namespace Loyalty.BuildingBlocks.Messaging;

public sealed class IntegrationEventOutbox<TContext>(TContext dbContext, TimeProvider timeProvider)
    : IIntegrationEventOutbox
    where TContext : DbContext
{
    public void Add(IntegrationEvent integrationEvent)
    {
        PublishesAttribute.EnsureDeclared(typeof(TContext), integrationEvent.GetType());
        dbContext.Set<OutboxMessage>().Add(OutboxMessage.For(integrationEvent, timeProvider.GetUtcNow()));
    }
}
