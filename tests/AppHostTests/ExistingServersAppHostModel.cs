namespace Loyalty.AppHostTests;

/// <summary>The AppHost told to use servers that are already running, as deploy/apphost.sh runs it.</summary>
public sealed class ExistingServersAppHostModel : AppHostModel
{
    public const int PostgresPort = 25432;
    public static readonly string Postgres = $"Host=127.0.0.1;Port={PostgresPort};Username=postgres;Password=postgres";
    public const string EventBus = "amqp://guest:guest@127.0.0.1:25672/";
    public const string Cache = "127.0.0.1:26379";
    public const int GatewayPort = 5100;

    protected override string[] Arguments =>
    [
        .. base.Arguments,
        "Loyalty:ExistingServers=true",
        $"Loyalty:GatewayPort={GatewayPort}",
        $"ConnectionStrings:postgres={Postgres}",
        $"ConnectionStrings:eventbus={EventBus}",
        $"ConnectionStrings:cache={Cache}",
    ];
}
