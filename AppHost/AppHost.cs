using Aspire.Hosting.ApplicationModel;

// Loyalty.Aspire for local development: one PostgreSQL server holding each service's own database, RabbitMQ for
// integration events, Redis for caching, the five services, and the gateway in front of them.
//
// Resource names are contracts: a service reads its connection strings by them (ConnectionStrings__membersdb,
// ConnectionStrings__eventbus, ConnectionStrings__cache) and the gateway finds each service by its name
// (services__members__http__0, ...). deploy/Launcher/StackTopology.cs declares the same names, and tests/AppHostTests
// builds this application model (without starting it) to check that the two, and the variables each process gets,
// stay in step.

var builder = DistributedApplication.CreateBuilder(args);

// Signs the JWTs the gateway and the services share. The value comes from user secrets
// (Parameters:jwt-signing-key, see README.md), never from source.
var jwtSigningKey = builder.AddParameter("jwt-signing-key", secret: true);

var postgres = builder.AddPostgres("postgres");
var membersDb = postgres.AddDatabase("membersdb");
var pointsDb = postgres.AddDatabase("pointsdb");
var segmentationDb = postgres.AddDatabase("segmentationdb");
var campaignDb = postgres.AddDatabase("campaigndb");
var notificationDb = postgres.AddDatabase("notificationdb");

// The management UI shows exchanges, queues and the consumers' error queues while developing.
var eventBus = builder.AddRabbitMQ("eventbus").WithManagementPlugin();
var cache = builder.AddRedis("cache");

var members = Service(builder.AddProject<Projects.Members_Api>("members"), membersDb);
var points = Service(builder.AddProject<Projects.Points_Api>("points"), pointsDb);
var segmentation = Service(builder.AddProject<Projects.Segmentation_Api>("segmentation"), segmentationDb);
var campaign = Service(builder.AddProject<Projects.Campaign_Api>("campaign"), campaignDb);
var notification = Service(builder.AddProject<Projects.Notification_Api>("notification"), notificationDb);

// The one public entry point (an external endpoint when deployed). It routes to each service through
// services__{name}__http__0 and starts once they all report healthy.
var gateway = WebProject(builder.AddProject<Projects.Gateway>("gateway")).WithExternalHttpEndpoints();
foreach (var service in new[] { members, points, segmentation, campaign, notification })
{
    gateway.WithReference(service).WaitFor(service);
}

builder.Build().Run();

// A service gets only its own database, plus the event bus and the cache. It waits for all three, so its
// migrations and outbox start against servers that are up.
IResourceBuilder<ProjectResource> Service(
    IResourceBuilder<ProjectResource> project, IResourceBuilder<PostgresDatabaseResource> database) =>
    WebProject(project)
        .WithReference(database).WaitFor(database)
        .WithReference(eventBus).WaitFor(eventBus)
        .WithReference(cache).WaitFor(cache);

// What the services and the gateway have in common.
IResourceBuilder<ProjectResource> WebProject(IResourceBuilder<ProjectResource> project) =>
    project
        // The projects have no launch profiles, so their HTTP endpoint is declared here; Aspire hands it to the
        // process as ASPNETCORE_URLS. It must exist before the health check below selects it.
        .WithHttpEndpoint()
        // /health is ServiceDefaults' readiness check (for a service: its database, the broker and Redis).
        .WithHttpHealthCheck("/health")
        .WithEnvironment("Jwt__SigningKey", jwtSigningKey)
        // The gateway's POST /dev/token mints a token for anyone who asks. It is on only because this AppHost
        // exists for local development, as deploy/Launcher does; a deployed environment must never set it.
        .WithEnvironment("Jwt__DevTokensEnabled", "true");
