namespace Loyalty.Launcher;

/// <summary>
/// The environment each process gets: exactly the variables Aspire's WithReference would set
/// (ConnectionStrings__*, services__*__http__0, OTEL_*). Every process knows the Identity service's address, where it
/// checks tokens; the Identity service is told that address as its issuer.
/// </summary>
public static class ConfigurationContract
{
    public static IReadOnlyDictionary<string, string> EnvironmentFor(ServiceDefinition service, StackSettings settings)
    {
        var environment = new Dictionary<string, string>
        {
            ["ASPNETCORE_URLS"] = settings.UrlOf(service).ToString().TrimEnd('/'),
            ["ASPNETCORE_ENVIRONMENT"] = settings.Environment,
            ["DOTNET_ENVIRONMENT"] = settings.Environment,
            ["OTEL_SERVICE_NAME"] = service.Name,
            ["Jwt__DevTokensEnabled"] = "true",
            [$"services__{StackTopology.Identity.Name}__http__0"] =
                settings.UrlOf(StackTopology.Identity).ToString().TrimEnd('/'),
        };

        if (service.Replica > 0)
        {
            environment["OTEL_RESOURCE_ATTRIBUTES"] = $"service.instance.id={service.InstanceName}";
        }

        if (service.Name == StackTopology.Identity.Name)
        {
            // Every replica issues tokens under one issuer: the address the others reach the service at (replica 0).
            environment["Identity__Issuer"] = settings.UrlOf(StackTopology.Identity).ToString().TrimEnd('/');
            // The console signs staff in here: its addresses (as a browser may type them) are where the authorization
            // code may be sent back.
            var console = settings.UrlOf(StackTopology.Console);
            environment["Identity__Console__BaseAddresses__0"] = console.ToString().TrimEnd('/');
            environment["Identity__Console__BaseAddresses__1"] = $"http://localhost:{console.Port}";
        }

        if (service.Name == StackTopology.Feedback.Name)
        {
            // Personal survey links open in the member app (the launcher's gateway port + 9).
            environment["Feedback__MemberAppAddress"] = StackTopology.MemberAppAddress(settings);
        }

        if (service.IsFrontend)
        {
            environment[$"services__{StackTopology.Gateway.Name}__http__0"] =
                settings.UrlOf(StackTopology.Gateway).ToString().TrimEnd('/');
            environment[$"ConnectionStrings__{StackTopology.Cache}"] = settings.RedisConnectionString;
        }
        else if (service.IsGateway)
        {
            // The front ends run on this host; the member app says which phone each call is for (X-Forwarded-For).
            environment["Gateway__TrustedProxies__0"] = settings.Host;
            // Every replica of every service: the gateway balances over them and takes out one that fails.
            foreach (var replica in StackTopology.Services.SelectMany(settings.ReplicasOf))
            {
                environment[$"services__{replica.Name}__http__{replica.Replica}"] =
                    settings.UrlOf(replica).ToString().TrimEnd('/');
            }
        }
        else
        {
            // Npgsql's default pool (100) is the server's whole max_connections: an overloaded service could starve
            // the rest.
            environment[$"ConnectionStrings__{service.Database}"] =
                $"{settings.PostgresConnectionString(settings.DatabaseName(service))};" +
                $"Maximum Pool Size={StackSettings.ServicePoolSize}";
            environment[$"ConnectionStrings__{StackTopology.EventBus}"] = settings.AmqpUri;
            environment[$"ConnectionStrings__{StackTopology.Cache}"] = settings.RedisConnectionString;
        }

        // Telemetry goes wherever the developer points it (e.g. a local collector or the Aspire dashboard).
        foreach (var name in new[]
        {
            "OTEL_EXPORTER_OTLP_ENDPOINT", "OTEL_EXPORTER_OTLP_PROTOCOL", "OTEL_EXPORTER_OTLP_HEADERS",
        })
        {
            if (System.Environment.GetEnvironmentVariable(name) is { Length: > 0 } value)
            {
                environment[name] = value;
            }
        }

        foreach (var (name, value) in settings.ExtraEnvironment)
        {
            environment[name] = value;
        }

        return environment;
    }
}
