using Aspire.Hosting.ApplicationModel;
using Loyalty.Stack;
using Microsoft.Extensions.Configuration;

// Loyalty.Aspire for local development: one PostgreSQL server holding each service's own database, RabbitMQ for
// integration events, Redis for caching, the services (deploy/services.json), and the gateway in front of them.
//
// Resource names are contracts: a service reads its connection strings by them (ConnectionStrings__membersdb,
// ConnectionStrings__eventbus, ConnectionStrings__cache) and the gateway finds each service by its name
// (services__members__http__0, ...). deploy/services.json lists them for this file, the launcher and the gateway, and
// tests/AppHostTests builds this application model (without starting it) to check that the launcher and the AppHost,
// and the variables each process gets, stay in step.

var builder = DistributedApplication.CreateBuilder(args);

// Loyalty:ExistingServers=true: PostgreSQL, RabbitMQ and Redis are already running (e.g. deploy/servers.sh on a machine
// without a container runtime) and are given as ConnectionStrings:postgres, :eventbus and :cache. The resources keep
// their names, so the services get the same ConnectionStrings__* variables either way.
var existingServers = builder.Configuration.GetValue<bool>("Loyalty:ExistingServers");

IResourceBuilder<IResourceWithConnectionString> eventBus, cache;
Func<string, IResourceBuilder<IResourceWithConnectionString>> database;
if (existingServers)
{
    var postgres = builder.AddConnectionString("postgres");
    // The server's connection string with Database=<name>, the name AddDatabase gives it below too; the service's
    // migrations create the database when it is missing.
    database = name => builder.AddConnectionString(
        name, ReferenceExpression.Create($"{postgres.Resource};Database={name}"));
    eventBus = builder.AddConnectionString("eventbus");
    cache = builder.AddConnectionString("cache");
}
else
{
    var postgres = builder.AddPostgres("postgres");
    database = name => postgres.AddDatabase(name);
    // The management UI shows exchanges, queues and the consumers' error queues while developing.
    eventBus = builder.AddRabbitMQ("eventbus").WithManagementPlugin();
    cache = builder.AddRedis("cache");
}

// The services and the gateway as deploy/services.json lists them (the launcher and the gateway's routes read the same
// list). Each service gets its own database.
var services = StackServices.Services
    .Select(service => Service(Project(service), database(service.Database!)))
    .ToList();

// Every process checks tokens against the Identity service (services__identity__http__0), which makes and keeps its
// own signing keys; nothing else holds a secret that can sign one. Its issuer is the address the others reach it at.
var identity = services.Single(service => service.Resource.Name == "identity");
identity.WithEnvironment("Identity__Issuer", identity.GetEndpoint("http"))
    .WithEnvironment("services__identity__http__0", identity.GetEndpoint("http"));
foreach (var service in services.Where(service => service != identity))
{
    service.WithReference(identity);
}

// The one public entry point (an external endpoint when deployed). It routes to each service through
// services__{name}__http__0 and starts once they all report healthy.
var gateway = WebProject(Project(StackServices.Gateway)).WithExternalHttpEndpoints()
    // The member app runs on this machine and says which phone each call is for (X-Forwarded-For).
    .WithEnvironment("Gateway__TrustedProxies__0", "127.0.0.1");
foreach (var service in services)
{
    gateway.WithReference(service).WaitFor(service);
}

// Loyalty:GatewayPort fixes the gateway's address (deploy/apphost.sh passes GATEWAY_PORT and prints it); otherwise
// Aspire picks a port and the dashboard shows it.
if (builder.Configuration.GetValue<int?>("Loyalty:GatewayPort") is { } gatewayPort)
{
    gateway.WithEndpoint("http", endpoint => endpoint.Port = gatewayPort);
}

// The web applications people use (the console, the member app): each reaches the platform through the gateway only
// and keeps its cookies' keys (the console also its sessions) in Redis. The console signs staff in at the Identity
// service, which sends the sign-in back to its address; members sign in with a code, through the gateway.
foreach (var frontend in StackServices.Frontends)
{
    var web = WebProject(Project(frontend)).WithExternalHttpEndpoints()
        .WithReference(gateway).WithReference(identity).WithReference(cache).WaitFor(gateway);
    if (frontend.Name != "console")
    {
        continue;
    }

    var address = web.GetEndpoint("http");
    identity.WithEnvironment("Identity__Console__BaseAddresses__0", address)
        .WithEnvironment("Identity__Console__BaseAddresses__1",
            ReferenceExpression.Create($"http://127.0.0.1:{address.Property(EndpointProperty.Port)}"));
}

// Survey invitations link to the member app, when the stack has it (services.json names it "member").
if (StackServices.Frontends.Any(frontend => frontend.Name == "member"))
{
    services.Single(service => service.Resource.Name == "feedback").WithEnvironment("Feedback__MemberAppAddress",
        builder.Resources.OfType<ProjectResource>().Single(r => r.Name == "member")
            .GetEndpoint("http"));
}

builder.Build().Run();

// The project of a listed process; its path is from the repository root, one up from the AppHost.
IResourceBuilder<ProjectResource> Project(StackProcess process) =>
    builder.AddProject(
        process.Name, Path.Combine(builder.AppHostDirectory, "..", process.Project, process.AssemblyName + ".csproj"));

// A service gets only its own database, plus the event bus and the cache. With containers it waits for all three,
// so its migrations and outbox start against servers that are up; existing servers are up already.
IResourceBuilder<ProjectResource> Service(
    IResourceBuilder<ProjectResource> project, IResourceBuilder<IResourceWithConnectionString> database)
{
    WebProject(project).WithReference(database).WithReference(eventBus).WithReference(cache);
    return existingServers ? project : project.WaitFor(database).WaitFor(eventBus).WaitFor(cache);
}

// What the services and the gateway have in common.
IResourceBuilder<ProjectResource> WebProject(IResourceBuilder<ProjectResource> project) =>
    project
        // The projects have no launch profiles, so their HTTP endpoint is declared here; Aspire hands it to the
        // process as ASPNETCORE_URLS. It must exist before the health check below selects it.
        .WithHttpEndpoint()
        // /health is ServiceDefaults' readiness check (for a service: its database, the broker and Redis).
        .WithHttpHealthCheck("/health")
        // Without launch profiles nothing else names the environment, and the projects would run as Production, where
        // the gateway's /dev/token below stays unmapped. They run in the AppHost's own (Development under
        // `dotnet run`).
        .WithEnvironment("ASPNETCORE_ENVIRONMENT", builder.Environment.EnvironmentName)
        .WithEnvironment("DOTNET_ENVIRONMENT", builder.Environment.EnvironmentName)
        // The gateway's POST /dev/token gets a token for anyone who asks (the Identity service's development grant). It is on only because this AppHost
        // exists for local development, as deploy/Launcher does; a deployed environment must never set it.
        .WithEnvironment("Jwt__DevTokensEnabled", "true");
