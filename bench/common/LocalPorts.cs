using System.Net;
using System.Net.Sockets;

namespace ScoGraphQL.Bench.Common;

public static class LocalPorts
{
    /// <summary>A 127.0.0.1 port nobody listens on right now (the OS picks it; a race with others is unlikely, not impossible).</summary>
    public static int Free()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
