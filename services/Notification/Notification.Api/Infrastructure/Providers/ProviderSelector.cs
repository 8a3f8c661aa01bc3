using Loyalty.Contracts;
using Microsoft.Extensions.Options;

namespace Loyalty.Notification.Api.Infrastructure.Providers;

/// <summary>
/// The provider configured for a channel (Notification:Providers:Default, Notification:Providers:Channels:{Channel}).
/// </summary>
public sealed class ProviderSelector(IEnumerable<INotificationProvider> providers, IOptions<ProviderOptions> options)
{
    private readonly Dictionary<string, INotificationProvider> _byName =
        providers.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);

    public INotificationProvider For(Channel channel)
    {
        var name = options.Value.For(channel);
        return _byName.TryGetValue(name, out var provider)
            ? provider
            : throw new InvalidOperationException(
                $"No notification provider named \"{name}\" (known: {string.Join(", ", _byName.Keys)}).");
    }
}
