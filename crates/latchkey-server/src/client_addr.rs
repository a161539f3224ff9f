//! The client's address: the peer of the connection, or, when that peer is one of the
//! configured `trusted_proxies`, the right-most address in `Forwarded` / `X-Forwarded-For` that
//! is not itself a trusted proxy. A client can write anything into those headers, but only the
//! part its first trusted proxy appended is believed: everything left of it is ignored.

use axum::http::HeaderMap;
use std::net::{IpAddr, Ipv6Addr};
use std::sync::Arc;

/// An address block, `10.0.0.0/8` or `2001:db8::/32`; a bare address is a block of one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cidr {
    net: IpAddr,
    len: u8,
}

impl std::str::FromStr for Cidr {
    type Err = String;

    fn from_str(s: &str) -> Result<Cidr, String> {
        let s = s.trim();
        let (addr, len) = match s.split_once('/') {
            Some((a, l)) => (a, Some(l)),
            None => (s, None),
        };
        let net: IpAddr = addr
            .parse()
            .map_err(|_| format!("\"{s}\" is not an address or address/prefix"))?;
        let max = if net.is_ipv4() { 32 } else { 128 };
        let len = match len {
            None => max,
            Some(l) => l
                .parse::<u8>()
                .ok()
                .filter(|l| *l <= max)
                .ok_or_else(|| format!("\"{s}\": the prefix length must be 0-{max}"))?,
        };
        if mask(net, len) != net {
            return Err(format!("\"{s}\" has host bits set past /{len}"));
        }
        Ok(Cidr { net, len })
    }
}

impl Cidr {
    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = ip.to_canonical();
        ip.is_ipv4() == self.net.is_ipv4() && mask(ip, self.len) == self.net
    }
}

fn mask(ip: IpAddr, len: u8) -> IpAddr {
    match ip {
        IpAddr::V4(v4) => {
            let bits = u32::from(v4);
            let m = if len == 0 { 0 } else { u32::MAX << (32 - u32::from(len)) };
            IpAddr::V4((bits & m).into())
        }
        IpAddr::V6(v6) => {
            let bits = u128::from(v6);
            let m = if len == 0 {
                0
            } else {
                u128::MAX << (128 - u32::from(len))
            };
            IpAddr::V6((bits & m).into())
        }
    }
}

/// The configured proxies; empty (the default) believes no forwarding header.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Arc<[Cidr]>);

impl TrustedProxies {
    /// Parses `trusted_proxies` entries; the error names the bad one.
    pub fn parse(entries: &[String]) -> Result<TrustedProxies, String> {
        let cidrs = entries
            .iter()
            .map(|e| e.parse::<Cidr>())
            .collect::<Result<Vec<_>, _>>()?;
        Ok(TrustedProxies(cidrs.into()))
    }

    fn trusts(&self, ip: IpAddr) -> bool {
        self.0.iter().any(|c| c.contains(ip))
    }

    /// The client's address for a connection from `peer` carrying `headers`.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = peer.to_canonical();
        if !self.trusts(peer) {
            return peer;
        }
        // The hops, nearest last: `Forwarded` when present, else `X-Forwarded-For`.
        let hops = forwarded_hops(headers).unwrap_or_else(|| x_forwarded_for_hops(headers));
        let mut client = peer;
        for hop in hops.iter().rev() {
            match hop {
                // A proxy we trust wrote an address we cannot read ("unknown", an obfuscated
                // name): the last proxy we could follow is as far as we know.
                None => return client,
                Some(ip) => {
                    client = ip.to_canonical();
                    if !self.trusts(client) {
                        return client;
                    }
                }
            }
        }
        client
    }
}

/// At most this many hops are read: a header with thousands costs nothing more.
const MAX_HOPS: usize = 32;

fn x_forwarded_for_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let mut hops: Vec<Option<IpAddr>> = headers
        .get_all("x-forwarded-for")
        .iter()
        .flat_map(|v| v.to_str().unwrap_or("").split(','))
        .map(|h| parse_node(h.trim()))
        .collect();
    let excess = hops.len().saturating_sub(MAX_HOPS);
    hops.drain(..excess);
    hops
}

/// RFC 7239 `for=` values, in order; `None` when there is no `Forwarded` header.
fn forwarded_hops(headers: &HeaderMap) -> Option<Vec<Option<IpAddr>>> {
    let values: Vec<&str> = headers
        .get_all("forwarded")
        .iter()
        .map(|v| v.to_str().unwrap_or(""))
        .collect();
    if values.is_empty() {
        return None;
    }
    let mut hops: Vec<Option<IpAddr>> = values
        .iter()
        .flat_map(|v| v.split(','))
        .map(|element| {
            element
                .split(';')
                .filter_map(|pair| pair.split_once('='))
                .find(|(k, _)| k.trim().eq_ignore_ascii_case("for"))
                .and_then(|(_, v)| parse_node(v.trim().trim_matches('"')))
        })
        .collect();
    let excess = hops.len().saturating_sub(MAX_HOPS);
    hops.drain(..excess);
    Some(hops)
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]`, `[2001:db8::1]:4711` or `2001:db8::1`.
fn parse_node(s: &str) -> Option<IpAddr> {
    if let Some(rest) = s.strip_prefix('[') {
        return rest.split_once(']')?.0.parse::<Ipv6Addr>().ok().map(IpAddr::V6);
    }
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(ip);
    }
    let (host, port) = s.rsplit_once(':')?;
    port.parse::<u16>().ok()?;
    host.parse::<std::net::Ipv4Addr>().ok().map(IpAddr::V4)
}

/// What rate limits key on: an IPv4 address as it is, an IPv6 address by its /64 (one
/// subscriber usually holds a whole /64, so per-address limits on IPv6 would be per-request).
pub fn network_key(ip: &str) -> String {
    match ip.parse::<IpAddr>().map(|ip| ip.to_canonical()) {
        Ok(IpAddr::V6(v6)) => format!("{}/64", mask(IpAddr::V6(v6), 64)),
        Ok(IpAddr::V4(v4)) => v4.to_string(),
        Err(_) => ip.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn proxies(list: &[&str]) -> TrustedProxies {
        TrustedProxies::parse(&list.iter().map(|s| s.to_string()).collect::<Vec<_>>()).unwrap()
    }

    fn headers(pairs: &[(&'static str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(*k, HeaderValue::from_str(v).unwrap());
        }
        h
    }

    fn ip(s: &str) -> IpAddr {
        s.parse().unwrap()
    }

    #[test]
    fn cidrs_parse_and_refuse_nonsense() {
        assert!("10.0.0.0/8".parse::<Cidr>().unwrap().contains(ip("10.200.1.1")));
        assert!(!"10.0.0.0/8".parse::<Cidr>().unwrap().contains(ip("11.0.0.1")));
        assert!(
            "2001:db8::/32"
                .parse::<Cidr>()
                .unwrap()
                .contains(ip("2001:db8:ffff::1"))
        );
        assert!("127.0.0.1".parse::<Cidr>().unwrap().contains(ip("::ffff:127.0.0.1")));
        assert!("0.0.0.0/0".parse::<Cidr>().unwrap().contains(ip("203.0.113.9")));
        assert!(!"0.0.0.0/0".parse::<Cidr>().unwrap().contains(ip("::1")));
        for bad in ["10.0.0.0/33", "10.0.0.1/8", "ten", "::/129", "10.0.0.0/x", ""] {
            assert!(bad.parse::<Cidr>().is_err(), "{bad}");
        }
    }

    #[test]
    fn headers_are_ignored_unless_the_peer_is_trusted() {
        let p = proxies(&["10.0.0.0/8"]);
        let h = headers(&[("x-forwarded-for", "198.51.100.7")]);
        assert_eq!(p.client(ip("203.0.113.5"), &h), ip("203.0.113.5"));
        assert_eq!(TrustedProxies::default().client(ip("10.0.0.1"), &h), ip("10.0.0.1"));
        assert_eq!(p.client(ip("10.0.0.1"), &h), ip("198.51.100.7"));
    }

    #[test]
    fn the_right_most_untrusted_hop_wins() {
        let p = proxies(&["10.0.0.0/8", "2001:db8:ffff::/48"]);
        // The client forged "1.2.3.4"; the edge proxy appended the real address.
        let h = headers(&[("x-forwarded-for", "1.2.3.4, 198.51.100.7, 10.1.1.1")]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("198.51.100.7"));
        // Split over several header lines, in order.
        let h = headers(&[("x-forwarded-for", "1.2.3.4"), ("x-forwarded-for", "198.51.100.8")]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("198.51.100.8"));
        // Every hop trusted: the farthest one.
        let h = headers(&[("x-forwarded-for", "10.9.9.9, 10.1.1.1")]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("10.9.9.9"));
        // Unreadable hop written by a trusted proxy: stop at that proxy.
        let h = headers(&[("x-forwarded-for", "1.2.3.4, unknown, 10.1.1.1")]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("10.1.1.1"));
        // No header at all: the proxy itself.
        assert_eq!(p.client(ip("10.0.0.2"), &HeaderMap::new()), ip("10.0.0.2"));
    }

    #[test]
    fn forwarded_is_read_with_ports_brackets_and_quotes() {
        let p = proxies(&["10.0.0.0/8"]);
        let h = headers(&[(
            "forwarded",
            "for=1.2.3.4, for=\"[2001:db8:1:2::9]:4711\";proto=https, for=10.1.1.1:80",
        )]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("2001:db8:1:2::9"));
        let h = headers(&[
            ("forwarded", "for=198.51.100.7:1234;by=10.0.0.1"),
            ("x-forwarded-for", "9.9.9.9"),
        ]);
        assert_eq!(p.client(ip("10.0.0.2"), &h), ip("198.51.100.7"), "Forwarded wins");
    }

    #[test]
    fn ipv6_is_keyed_by_its_64() {
        assert_eq!(network_key("2001:db8:1:2:aaaa::1"), "2001:db8:1:2::/64");
        assert_eq!(network_key("2001:db8:1:2:bbbb::7"), "2001:db8:1:2::/64");
        assert_ne!(network_key("2001:db8:1:3::1"), network_key("2001:db8:1:2::1"));
        assert_eq!(network_key("192.0.2.1"), "192.0.2.1");
        assert_eq!(network_key("::ffff:192.0.2.1"), "192.0.2.1");
        assert_eq!(network_key("unknown"), "unknown");
    }
}
