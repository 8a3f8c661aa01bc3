using Loyalty.Contracts;

namespace Loyalty.BuildingBlocks.Messaging;

/// <summary>
/// Stages an integration event in the service's DbContext. It is written by the next SaveChanges,
/// in the same transaction as the state change, and published afterwards by the dispatcher.
/// </summary>
public interface IIntegrationEventOutbox
{
    void Add(IntegrationEvent integrationEvent);
}
