#!/usr/bin/env bash
# Checks deploy/nginx/column.conf with `nginx -t`, without Docker and without a network.
#
# In docker-compose the file is included inside the image's `http {}` block and its upstream is
# the compose service `app`, re-resolved through Docker's DNS (`resolve`, nginx 1.27.3 and later;
# Debian's nginx is older). So the check runs on a copy whose only changes are that line (127.0.0.1,
# which needs no resolver; nothing has to listen there) and the cache directory (a temporary one), wrapped in a
# minimal main configuration like the image's. `nginx -t` also binds the listen port (a port in
# use is fine), so as a normal user port 80 becomes 8080. Everything else is checked as written.
# Debian's nginx is installed with apt when missing and we are root.
set -euo pipefail
cd "$(dirname "$0")/.."

config=deploy/nginx/column.conf
upstream_line='server app:3000 resolve;'

# /usr/sbin is not on a normal user's PATH.
nginx_binary=$(command -v nginx || true)
if [ -z "$nginx_binary" ] && [ -x /usr/sbin/nginx ]; then nginx_binary=/usr/sbin/nginx; fi
if [ -z "$nginx_binary" ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "nginx is missing: run \"sudo apt-get install -y nginx\" first." >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get install -y --no-install-recommends nginx >/dev/null ||
    { apt-get update -qq && apt-get install -y --no-install-recommends nginx >/dev/null; }
  nginx_binary=/usr/sbin/nginx
fi

if ! grep -qF "$upstream_line" "$config"; then
  echo "$config: expected the upstream line \"$upstream_line\" (update $0 if it changed)" >&2
  exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
listen_port=80
[ "$(id -u)" = 0 ] || listen_port=8080
sed -e "s|$upstream_line|server 127.0.0.1:3000;|" -e "s|/var/cache/nginx/column|$work/cache|" \
  -e "s|listen 80 |listen $listen_port |" "$config" >"$work/column.conf"

# Temporary paths are set here because Debian's compiled-in ones are under /var/lib/nginx.
cat >"$work/nginx.conf" <<EOF
pid $work/nginx.pid;
events {}
http {
    include /etc/nginx/mime.types;
    access_log off;
    client_body_temp_path $work/client_body;
    proxy_temp_path $work/proxy;
    fastcgi_temp_path $work/fastcgi;
    uwsgi_temp_path $work/uwsgi;
    scgi_temp_path $work/scgi;
    include $work/column.conf;
}
EOF

"$nginx_binary" -t -q -e stderr -p "$work" -c "$work/nginx.conf"
echo "$config: nginx $("$nginx_binary" -v 2>&1 | sed 's|.*nginx/||') accepts it"
