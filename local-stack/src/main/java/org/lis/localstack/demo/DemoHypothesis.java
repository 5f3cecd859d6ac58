package org.lis.localstack.demo;

import java.util.List;

record DemoHypothesis(String key, String title, String statement, List<String> themes, List<String> sectors) {
}
