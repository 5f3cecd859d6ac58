package org.lis.support.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A toy service on top of service-support, so its wiring is tested the way the services use it. */
@SpringBootApplication
public class TestApplication {
}
