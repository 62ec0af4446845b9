# Sourced by setup.sh and run.sh. Under `npm run test:e2e` the outer npm (the project's, on Node 20) exports its
# configuration as npm_* variables, and a nested npm reads npm_config_* back as its own configuration. So the
# nested install of code-server under Node 24 saw the outer npm's user agent ("npm/… node/v20…"), and code-server's
# postinstall, which reads the Node version from npm_config_user_agent, stopped with "requires node v24 … you are
# on node v20". The local prefix (the project folder) and the outer node-gyp leaked the same way.
# Dropped: everything the outer npm sets for its own run. Kept: what a user sets for the network and the cache,
# which the nested npm needs as much as the outer one (the rest of ~/.npmrc is read again by the nested npm).
clean_npm_env() {
  local name
  for name in $(compgen -e); do
    case "$name" in
      npm_config_registry|npm_config_proxy|npm_config_https_proxy|npm_config_noproxy|npm_config_cafile|\
      npm_config_strict_ssl|npm_config_cache|npm_config_userconfig|npm_config_globalconfig) ;;
      npm_*|NPM_CONFIG_USER_AGENT|INIT_CWD) unset "$name" ;;
    esac
  done
}
clean_npm_env
