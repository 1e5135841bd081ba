using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using k8s;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HackathonPlatform.Spawning.Kubernetes.Tests;

/// <summary>
/// An in-process stand-in for the Kubernetes API server, because no real one (kube-apiserver, k3s,
/// kwok) can run on these machines. It implements only what <see cref="KubernetesSpawner"/> calls:
/// create, read and delete of pods, services, secrets and claims in a namespace, and events listed
/// with a field selector. Pods follow a <see cref="FakePodScript"/>; a running pod "serves" at
/// <c>/served/{namespace}/{pod}/.../api/status</c> when asked with the token from its Secret.
/// Every request is recorded.
/// </summary>
public sealed class FakeKubernetesApi : IAsyncLifetime
{
    private const string Prefix = "/api/v1/namespaces/{ns}/";
    private readonly ConcurrentDictionary<(string Resource, string Ns, string Name), JsonObject> _objects = new();
    private readonly ConcurrentDictionary<string, FakePodScript> _scripts = new();
    private readonly ConcurrentDictionary<(string Ns, string Name), int> _podReads = new();
    private readonly ConcurrentQueue<FakeKubernetesRequest> _requests = new();
    private WebApplication? _app;
    private k8s.Kubernetes? _client;

    /// <summary>The API server's address, e.g. http://127.0.0.1:41234/.</summary>
    public Uri Url { get; private set; } = new("http://127.0.0.1/");

    /// <summary>A client pointed at the fake (plain HTTP, no credentials).</summary>
    public IKubernetes Client => _client ??= new k8s.Kubernetes(new KubernetesClientConfiguration { Host = Url.ToString() });

    /// <summary>Every request so far, in order.</summary>
    public IReadOnlyList<FakeKubernetesRequest> Requests => [.. _requests];

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        _app = builder.Build();
        _app.MapPost(Prefix + "{resource}", CreateAsync);
        _app.MapGet(Prefix + "events", (string ns, string? fieldSelector) => Json(FakePodStatus.Events(ns, fieldSelector, this), 200));
        _app.MapGet(Prefix + "{resource}/{name}", Read);
        _app.MapDelete(Prefix + "{resource}/{name}", Delete);
        _app.MapGet("/served/{ns}/{pod}/{**rest}", Serve);
        await _app.StartAsync();
        Url = new Uri(_app.Urls.First() + "/");
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>Scripts what a pod of that name does once created (the default: <see cref="FakePodScript.Runs"/>).</summary>
    public void Script(string pod, FakePodScript script) => _scripts[pod] = script;

    /// <summary>An object, or null when it does not exist.</summary>
    public JsonObject? Find(string resource, string ns, string name) => _objects.TryGetValue((resource, ns, name), out var o) ? o : null;

    /// <summary>Puts an object there as if someone else had created it (a workspace claim of an earlier start).</summary>
    public void Put(string resource, string ns, string name) =>
        _objects[(resource, ns, name)] = new JsonObject { ["metadata"] = new JsonObject { ["name"] = name, ["namespace"] = ns } };

    /// <summary>The cluster ends a pod on its own (OOM kill, eviction): it is Failed with that exit code.</summary>
    public void EndPod(string ns, string name, int exitCode) => FakePodStatus.End(Find("pods", ns, name)!, exitCode);

    internal FakePodScript ScriptOf(string pod) => _scripts.GetValueOrDefault(pod, FakePodScript.Runs);

    internal int ReadsOf(string ns, string pod) => _podReads.GetValueOrDefault((ns, pod));

    private async Task<IResult> CreateAsync(string ns, string resource, HttpRequest request)
    {
        var body = (JsonObject)(await JsonNode.ParseAsync(request.Body))!;
        var name = body["metadata"]!["name"]!.GetValue<string>();
        _requests.Enqueue(new("POST", resource, ns, name));
        body["metadata"]!["uid"] = Guid.NewGuid().ToString();
        body["metadata"]!["creationTimestamp"] = DateTime.UtcNow.ToString("yyyy-MM-ddTHH:mm:ssZ");
        if (resource == "pods")
        {
            _podReads[(ns, name)] = 0;
            FakePodStatus.Update(body, ScriptOf(name), 0);
        }

        return _objects.TryAdd((resource, ns, name), body)
            ? Json(body, 201)
            : Json(FakePodStatus.Failure($"{resource} \"{name}\" already exists", "AlreadyExists", 409), 409);
    }

    private IResult Read(string ns, string resource, string name)
    {
        _requests.Enqueue(new("GET", resource, ns, name));
        if (Find(resource, ns, name) is not { } found)
        {
            return Json(FakePodStatus.Failure($"{resource} \"{name}\" not found", "NotFound", 404), 404);
        }

        if (resource == "pods")
        {
            FakePodStatus.Update(found, ScriptOf(name), _podReads.AddOrUpdate((ns, name), 1, (_, n) => n + 1));
        }

        return Json(found, 200);
    }

    private IResult Delete(string ns, string resource, string name)
    {
        _requests.Enqueue(new("DELETE", resource, ns, name));
        if (!_objects.TryRemove((resource, ns, name), out var removed))
        {
            return Json(FakePodStatus.Failure($"{resource} \"{name}\" not found", "NotFound", 404), 404);
        }

        // The real API answers a secret's delete with a Status and other deletes with the object; the client expects each.
        return Json(resource == "secrets" ? FakePodStatus.Success() : removed, 200);
    }

    private IResult Serve(string ns, string pod, string rest, HttpRequest request)
    {
        var token = Find("secrets", ns, pod)?["stringData"]?["token"]?.GetValue<string>();
        var running = Find("pods", ns, pod)?["status"]?["phase"]?.GetValue<string>() == "Running";
        if (!running || !rest.EndsWith("api/status", StringComparison.Ordinal))
        {
            return Results.StatusCode(503);
        }

        return request.Headers.Authorization.ToString() == $"token {token}"
            ? Results.Json(new { lastActivity = DateTimeOffset.UtcNow, kernels = 0 })
            : Results.StatusCode(403);
    }

    private static IResult Json(JsonNode body, int status) => Results.Content(body.ToJsonString(), "application/json", statusCode: status);
}
