using Loyalty.Identity.Api.Application;
using Loyalty.ServiceDefaults;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Loyalty.Identity.Api.Apis;

public static class ClientsApi
{
    public static IEndpointRouteBuilder MapClientsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/identity/clients").WithTags("Partner clients")
            .RequireAuthorization(Policies.Admin);
        api.MapPost("/", Register)
            .WithSummary(
                "Register a partner system's client; the response shows its secret, once (only a hash is kept).");
        api.MapGet("/", List).WithSummary("The partner clients and their scopes.");
        api.MapDelete("/{clientId}", Revoke).WithSummary("Revoke a partner client: it can get no new token.");
        return app;
    }

    public static async Task<Results<Created<PartnerClientSecretResponse>, ValidationProblem>> Register(
        PartnerClientRequest request, PartnerClients clients, CancellationToken cancellationToken) =>
        string.IsNullOrWhiteSpace(request.DisplayName)
            ? TypedResults.ValidationProblem(
                new Dictionary<string, string[]> { ["displayName"] = ["displayName is required."] })
        : await clients.RegisterAsync(request.DisplayName, request.Scopes ?? [], cancellationToken) switch
        {
            PartnerClientOutcome.Registered registered => TypedResults.Created(
                $"/api/identity/clients/{registered.ClientId}",
                new PartnerClientSecretResponse(
                    registered.ClientId, registered.Secret, registered.DisplayName, registered.Scopes)),
            PartnerClientOutcome.Invalid invalid => TypedResults.ValidationProblem(invalid.Errors),
            _ => throw new InvalidOperationException("Unknown outcome."),
        };

    public static async Task<Ok<List<PartnerClientResponse>>> List(
        PartnerClients clients, CancellationToken cancellationToken) =>
        TypedResults.Ok((await clients.ListAsync(cancellationToken)).Select(PartnerClientResponse.From).ToList());

    public static async Task<Results<NoContent, NotFound>> Revoke(
        string clientId, PartnerClients clients, CancellationToken cancellationToken) =>
        await clients.RevokeAsync(clientId, cancellationToken) ? TypedResults.NoContent() : TypedResults.NotFound();
}

/// <summary>A partner system to register.</summary>
/// <param name="DisplayName">Who it is (e.g. "Booking system").</param>
/// <param name="Scopes">What it may do: loyalty.members.read, loyalty.purchases.write, loyalty.kpis.read.</param>
public sealed record PartnerClientRequest(string? DisplayName, IReadOnlyList<string>? Scopes)
    : IRequestExample<PartnerClientRequest>
{
    public static PartnerClientRequest Example { get; } = new("Booking system", ["loyalty.purchases.write"]);
}

/// <summary>A registered partner client (its secret is never shown again).</summary>
/// <param name="ClientId">Its client_id.</param>
/// <param name="DisplayName">Who it is.</param>
/// <param name="Scopes">What it may ask for.</param>
public sealed record PartnerClientResponse(string ClientId, string? DisplayName, IReadOnlyList<string> Scopes)
{
    public static PartnerClientResponse From(PartnerClient client) =>
        new(client.ClientId, client.DisplayName, client.Scopes);
}

/// <summary>A registered partner client with its secret, shown this once.</summary>
/// <param name="ClientId">Its client_id.</param>
/// <param name="ClientSecret">Its client_secret: store it now, it cannot be read again.</param>
/// <param name="DisplayName">Who it is.</param>
/// <param name="Scopes">What it may ask for.</param>
public sealed record PartnerClientSecretResponse(
    string ClientId, string ClientSecret, string? DisplayName, IReadOnlyList<string> Scopes);
