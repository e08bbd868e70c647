//! The proof that Tend opens no network connection: the whole end-to-end
//! suite runs under `strace -f -e trace=connect,sendto,sendmsg`, and every
//! address any process (the app, WebKit, tauri-driver, the tests) sent to
//! or connected to must be loopback or a local socket; a DNS lookup (port
//! 53) anywhere fails the run.

/// The options strace runs with; the trace goes to the file after `-o`.
pub(crate) const STRACE_ARGS: &[&str] = &["-f", "-qq", "-e", "trace=connect,sendto,sendmsg"];

/// What in a trace reached past the machine: one line each.
pub(crate) fn outside_calls(trace: &str) -> Vec<String> {
    trace
        .lines()
        .filter(|line| !is_local(line))
        .map(str::to_owned)
        .collect()
}

fn is_local(line: &str) -> bool {
    let inet = line.contains("sa_family=AF_INET");
    if !inet {
        // Unix sockets, netlink, AF_UNSPEC (a UDP socket letting go of its
        // peer) and calls without an address stay on the machine.
        return true;
    }
    if line.contains("htons(53)") {
        return false;
    }
    let v4 = line
        .split("inet_addr(\"")
        .nth(1)
        .and_then(|rest| rest.split('"').next());
    let v6 = line
        .split("inet_pton(AF_INET6, \"")
        .nth(1)
        .and_then(|rest| rest.split('"').next());
    match (v4, v6) {
        (Some(a), _) => a.starts_with("127."),
        (None, Some(a)) => a == "::1" || a.starts_with("::ffff:127."),
        (None, None) => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn loopback_and_local_sockets_pass_and_the_rest_is_named() {
        let trace = r#"101 connect(5, {sa_family=AF_INET, sin_port=htons(4444), sin_addr=inet_addr("127.0.0.1")}, 16) = 0
102 connect(7, {sa_family=AF_UNIX, sun_path="/run/user/0/bus"}, 110) = 0
103 sendmsg(9, {msg_name={sa_family=AF_NETLINK, nl_pid=0, nl_groups=00000000}, msg_namelen=12}, 0) = 20
104 connect(6, {sa_family=AF_INET6, sin6_port=htons(4445), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "::1", &sin6_addr), sin6_scope_id=0}, 28) = 0
105 connect(8, {sa_family=AF_UNSPEC, sa_data="\0\0\0\0\0\0\0\0\0\0\0\0\0\0"}, 16) = 0
106 sendto(3, "\1\2", 2, MSG_NOSIGNAL, {sa_family=AF_INET, sin_port=htons(53), sin_addr=inet_addr("127.0.0.53")}, 16) = 2
107 connect(4, {sa_family=AF_INET, sin_port=htons(443), sin_addr=inet_addr("93.184.216.34")}, 16) = -1 ENETUNREACH
108 connect(4, {sa_family=AF_INET6, sin6_port=htons(443), sin6_flowinfo=htonl(0), inet_pton(AF_INET6, "2606:2800::1", &sin6_addr), sin6_scope_id=0}, 28) = -1"#;
        let outside = outside_calls(trace);
        let pids: Vec<&str> = outside.iter().filter_map(|l| l.split(' ').next()).collect();
        assert_eq!(
            pids,
            ["106", "107", "108"],
            "DNS even to a local resolver, and the web"
        );
    }
}
