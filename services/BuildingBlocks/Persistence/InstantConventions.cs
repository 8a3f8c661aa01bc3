using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Loyalty.BuildingBlocks.Persistence;

/// <summary>
/// Npgsql writes only UTC instants to timestamp with time zone and throws on any other offset. Whatever offset a
/// request, an event or a partner's message carries (+08:00 from a till in Shanghai), the instant is what is
/// stored: every DateTimeOffset property is converted to UTC on its way to the database.
/// </summary>
public static class InstantConventions
{
    public static ModelConfigurationBuilder StoreInstantsAsUtc(this ModelConfigurationBuilder configuration)
    {
        configuration.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
        return configuration;
    }

    public sealed class UtcInstantConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(
        instant => instant.ToUniversalTime(), stored => stored);
}
